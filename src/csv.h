#ifndef BUYERDESK_CSV_H
#define BUYERDESK_CSV_H
#endif
