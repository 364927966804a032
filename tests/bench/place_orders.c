/* The benchmark's write driver: members place orders the way a browser
 * does (cart, add to the cart, checkout, review, submit with the review's
 * one-time key), all sessions in parallel for a while. It runs on the
 * same machine as the portal, so it is C on one thread with libcurl's
 * multi interface: what it costs per order is taken from the server.
 *
 *     place_orders URL SECONDS RUN < LIST
 *
 * LIST has one line per member ("member EMAIL") and per product to order
 * ("sku SKU"); RUN prefixes the PO numbers (RUN-N). Every member signs in
 * with the demo's password, then each places orders until SECONDS have
 * passed. Prints one JSON object: orders, seconds, errors, firstErrors,
 * retries and the order numbers the portal answered, which
 * tests/bench/place_orders.mjs (which builds and runs this) checks against
 * the database. Exits 1 only when it could not run (bad arguments, a
 * member who cannot sign in). */
#define _GNU_SOURCE /* memmem, getline */
#include <curl/curl.h>
#include <errno.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <time.h>
#include <unistd.h>

#define PASSWORD "demo-password-1"
#define ATTEMPTS 3          /* tries of a request whose connection failed */
#define FIRST_ERRORS 5
#define CSRF_MAX 256
#define TIMEOUT_SECONDS 60L /* a request slower than this is a failure, not a wait */

typedef struct {
    char *data;
    size_t len, cap;
} Buf;

typedef struct {
    const char *p;
    size_t n;
} Span;

enum step { LOGIN_PAGE, LOGIN, CART, ADD, CHECKOUT, REVIEW, SUBMIT };
static const char *const STEP_NAMES[] = {"GET /login", "POST /login", "GET /cart", "POST /cart/items",
                                         "GET /checkout", "POST /checkout/review", "POST /checkout"};

typedef struct {
    CURL *h;
    size_t k; /* the member's place in the list: picks the products */
    const char *email;
    enum step step;
    long n;      /* the order this session is placing (shared count) */
    int attempt; /* of the current request */
    Buf url, form, page;
    char csrf[CSRF_MAX];
} Session;

typedef struct {
    CURLM *multi;
    int epoll;
    long timer_ms; /* libcurl's next timer, from timer_set; -1: none */
    struct timespec timer_set;
    struct curl_slist *headers;
    const char *base, *run;
    char **emails, **skus;
    size_t nemails, nskus;
    Session *sessions;
    size_t active; /* sessions with a request in flight */
    long next_order;
    struct timespec until;
    long placed, errors, retries, nfirst;
    Buf first;   /* the first errors, as JSON strings joined by commas */
    Buf numbers; /* the order numbers, the same way */
} Driver;

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("place_orders: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

/* --- buffers: grown, never shrunk, reused for every request ------------- */

static void buf_reserve(Buf *b, size_t more)
{
    if (b->len + more <= b->cap) return;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + more) cap *= 2;
    char *data = realloc(b->data, cap);
    if (!data) die("out of memory");
    b->data = data;
    b->cap = cap;
}

static void buf_add(Buf *b, const char *s, size_t n)
{
    buf_reserve(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

static void buf_adds(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }

static size_t on_body(char *data, size_t size, size_t n, void *session)
{
    buf_add(&((Session *)session)->page, data, size * n);
    return size * n;
}

static const char *find(const char *from, const char *end, const char *what)
{
    return memmem(from, (size_t)(end - from), what, strlen(what));
}

/* --- form bodies ----------------------------------------------------------- */

/* The character an entity at s (starting with '&') stands for, and its
 * length in *used; '&' itself when it is none of the five the templates
 * write. */
static unsigned char entity(const char *s, size_t n, size_t *used)
{
    static const struct { const char *text; char c; } known[] = {
        {"&amp;", '&'}, {"&quot;", '"'}, {"&#39;", '\''}, {"&lt;", '<'}, {"&gt;", '>'}};
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
        size_t len = strlen(known[i].text);
        if (len <= n && memcmp(s, known[i].text, len) == 0) {
            *used = len;
            return (unsigned char)known[i].c;
        }
    }
    *used = 1;
    return '&';
}

/* application/x-www-form-urlencoded as a browser (and URLSearchParams)
 * writes it; html: the text is an attribute value, entities decoded first. */
static void url_encode(Buf *b, const char *s, size_t n, int html)
{
    static const char hex[] = "0123456789ABCDEF";
    buf_reserve(b, 3 * n);
    char *o = b->data + b->len;
    for (size_t i = 0; i < n;) {
        size_t used = 1;
        unsigned char c = (unsigned char)s[i];
        if (html && c == '&') c = entity(s + i, n - i, &used);
        i += used;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '*' || c == '-' ||
            c == '.' || c == '_') {
            *o++ = (char)c;
        } else if (c == ' ') {
            *o++ = '+';
        } else {
            *o++ = '%';
            *o++ = hex[c >> 4];
            *o++ = hex[c & 15];
        }
    }
    b->len = (size_t)(o - b->data);
}

static void field(Buf *form, const char *name, Span value, int html)
{
    if (form->len) buf_add(form, "&", 1);
    url_encode(form, name, strlen(name), 0);
    buf_add(form, "=", 1);
    url_encode(form, value.p, value.n, html);
}

static Span span(const char *s) { return (Span){s, strlen(s)}; }

/* A new form, starting with the token the last page carried (every form
 * of the portal sends one). */
static void form_begin(Session *s)
{
    s->form.len = 0;
    field(&s->form, "csrf_token", span(s->csrf), 0);
}

/* --- reading pages ----------------------------------------------------------- */

/* Every page with a form carries the session's CSRF token; the next post
 * sends the latest one, as the page's form would. */
static void keep_csrf(Session *s)
{
    static const char key[] = "name=\"csrf_token\" value=\"";
    const char *end = s->page.data + s->page.len;
    const char *at = s->page.len ? find(s->page.data, end, key) : NULL;
    if (!at) return;
    at += sizeof key - 1;
    const char *close = memchr(at, '"', (size_t)(end - at));
    size_t n = close ? (size_t)(close - at) : 0;
    if (n == 0 || n >= CSRF_MAX) return;
    memcpy(s->csrf, at, n);
    s->csrf[n] = '\0';
}

/* The text of attribute `name="..."` inside the tag [tag, close). */
static Span attribute(const char *tag, const char *close, const char *name)
{
    const char *at = find(tag, close, name);
    if (!at) return (Span){NULL, 0};
    at += strlen(name);
    const char *q = memchr(at, '"', (size_t)(close - at));
    return q ? (Span){at, (size_t)(q - at)} : (Span){NULL, 0};
}

static const char *const GROUPS[] = {"ship_to", "bill_to", "shipping_method", "payment_method"};
#define NGROUPS (sizeof GROUPS / sizeof GROUPS[0])

/* Which of the checkout's radio groups the input tag [tag, close) is in,
 * or -1. */
static int radio_group(const char *tag, const char *close)
{
    static const char key[] = "type=\"radio\" name=\"";
    const char *at = find(tag, close, key);
    if (!at) return -1;
    at += sizeof key - 1;
    for (size_t g = 0; g < NGROUPS; g++) {
        size_t n = strlen(GROUPS[g]);
        if ((size_t)(close - at) > n && memcmp(at, GROUPS[g], n) == 0 && at[n] == '"') return (int)g;
    }
    return -1;
}

/* The checkout form's choices as a browser sends them: the checked radio
 * of each group, else its first saved choice (not "new", which asks for
 * an address typed in). A group without radios is left out. */
static void add_choices(Session *s)
{
    Span pick[NGROUPS] = {{NULL, 0}};
    int checked[NGROUPS] = {0};
    const char *p = s->page.data, *end = p + s->page.len;
    const char *tag;
    while ((tag = find(p, end, "<input"))) {
        const char *close = memchr(tag, '>', (size_t)(end - tag));
        if (!close) break;
        p = close + 1;
        int g = radio_group(tag, close);
        if (g < 0 || checked[g]) continue;
        if (find(tag, close, " checked")) {
            checked[g] = 1;
            pick[g] = attribute(tag, close, "value=\"");
        } else if (!pick[g].p && !find(tag, close, "value=\"new\"")) {
            pick[g] = attribute(tag, close, "value=\"");
        }
    }
    for (size_t g = 0; g < NGROUPS; g++)
        if (pick[g].p) field(&s->form, GROUPS[g], pick[g], 1);
}

/* The review's "place order" form (action="/checkout") posted as it is:
 * its hidden inputs, its own csrf_token and one-time submit key among
 * them. 0 when the page has no such form (the order was refused). */
static int review_form(Session *s)
{
    static const char input[] = "<input type=\"hidden\" name=\"";
    const char *page_end = s->page.data + s->page.len;
    const char *p = s->page.len ? find(s->page.data, page_end, "action=\"/checkout\"") : NULL;
    if (!p) return 0;
    const char *end = find(p, page_end, "</form>");
    if (!end) end = page_end;
    s->form.len = 0;
    while ((p = find(p, end, input))) {
        const char *name = p + sizeof input - 1;
        const char *q = memchr(name, '"', (size_t)(end - name));
        if (!q || (size_t)(end - q) < 9) break;
        p = q;
        if (q == name || memcmp(q, "\" value=\"", 9) != 0) continue;
        const char *value = q + 9;
        const char *v_end = memchr(value, '"', (size_t)(end - value));
        if (!v_end || v_end + 1 >= end) break;
        p = v_end;
        if (v_end[1] != '>') continue;
        if (s->form.len) buf_add(&s->form, "&", 1);
        url_encode(&s->form, name, (size_t)(q - name), 0);
        buf_add(&s->form, "=", 1);
        url_encode(&s->form, value, (size_t)(v_end - value), 1);
    }
    return 1;
}

/* The page's error box, from "alert-danger" to its first </div>, for the
 * report; empty when there is none. */
static Span alert_text(const Session *s)
{
    const char *end = s->page.data + s->page.len;
    const char *at = s->page.len ? find(s->page.data, end, "alert-danger") : NULL;
    const char *close = at ? find(at, end, "</div>") : NULL;
    return close ? (Span){at, (size_t)(close + 6 - at)} : (Span){"", 0};
}

/* --- the report ---------------------------------------------------------------- */

static void json_string(Buf *b, const char *s, size_t n)
{
    buf_add(b, "\"", 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        char esc[8];
        if (c == '"' || c == '\\') {
            esc[0] = '\\', esc[1] = (char)c;
            buf_add(b, esc, 2);
        } else if (c < 0x20) {
            snprintf(esc, sizeof esc, "\\u%04x", c);
            buf_add(b, esc, 6);
        } else {
            buf_add(b, (const char *)&c, 1);
        }
    }
    buf_add(b, "\"", 1);
}

static void list_add(Buf *list, const char *s, size_t n)
{
    if (list->len) buf_add(list, ",", 1);
    json_string(list, s, n);
}

static void fail(Driver *d, const char *fmt, ...)
{
    d->errors++;
    if (d->nfirst == FIRST_ERRORS) return;
    char text[4096];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    list_add(&d->first, text, (size_t)n < sizeof text ? (size_t)n : sizeof text - 1);
    d->nfirst++;
}

/* --- requests -------------------------------------------------------------------- */

static void send_request(Driver *d, Session *s, enum step step, const char *path, int post)
{
    s->step = step;
    s->attempt = 1;
    s->page.len = 0;
    s->url.len = 0;
    buf_adds(&s->url, d->base);
    buf_add(&s->url, path, strlen(path) + 1);
    curl_easy_setopt(s->h, CURLOPT_URL, s->url.data);
    if (post) {
        curl_easy_setopt(s->h, CURLOPT_POSTFIELDSIZE, (long)s->form.len);
        curl_easy_setopt(s->h, CURLOPT_POSTFIELDS, s->form.data);
    } else {
        curl_easy_setopt(s->h, CURLOPT_HTTPGET, 1L);
    }
    if (curl_multi_add_handle(d->multi, s->h) != CURLM_OK) die("cannot start a request");
}

static double since(const struct timespec *t)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

/* The next order, or rest once the time is up (the orders under way are
 * finished first). */
static void next_order(Driver *d, Session *s)
{
    if (since(&d->until) >= 0) {
        d->active--;
        return;
    }
    s->n = d->next_order++;
    send_request(d, s, CART, "/cart", 0);
}

static void add_to_cart(Driver *d, Session *s)
{
    char quantity[24];
    snprintf(quantity, sizeof quantity, "%ld", 1 + s->n % 5);
    form_begin(s);
    field(&s->form, "sku", span(d->skus[((size_t)s->n * 7 + s->k) % d->nskus]), 0);
    field(&s->form, "quantity", span(quantity), 0);
    field(&s->form, "return_to", span("/cart"), 0);
    send_request(d, s, ADD, "/cart/items", 1);
}

static void review(Driver *d, Session *s)
{
    char po[256];
    snprintf(po, sizeof po, "%s-%ld", d->run, s->n);
    form_begin(s);
    add_choices(s);
    field(&s->form, "po_number", span(po), 0);
    field(&s->form, "delivery_date", span(""), 0);
    field(&s->form, "notes", span(""), 0);
    send_request(d, s, REVIEW, "/checkout/review", 1);
}

/* Submitted: the portal answers 303 to /checkout/done/NUMBER. */
static void submitted(Driver *d, Session *s, long status)
{
    static const char done[] = "/checkout/done/";
    struct curl_header *location = NULL;
    if (status == 303 && curl_easy_header(s->h, "Location", 0, CURLH_HEADER, -1, &location) == CURLHE_OK &&
        strncmp(location->value, done, sizeof done - 1) == 0 && location->value[sizeof done - 1]) {
        const char *number = location->value + sizeof done - 1;
        list_add(&d->numbers, number, strcspn(number, "\r\n"));
        d->placed++;
    } else {
        fail(d, "submit %ld", status);
    }
    next_order(d, s);
}

/* A request answered: the next one of the session's order. */
static void answered(Driver *d, Session *s, long status)
{
    keep_csrf(s);
    switch (s->step) {
    case LOGIN_PAGE:
        form_begin(s);
        field(&s->form, "email", span(s->email), 0);
        field(&s->form, "password", span(PASSWORD), 0);
        send_request(d, s, LOGIN, "/login", 1);
        return;
    case LOGIN:
        if (status != 303) die("%s could not sign in (%ld)", s->email, status);
        d->active--;
        return;
    case CART:
        add_to_cart(d, s);
        return;
    case ADD:
        if (status == 303) {
            send_request(d, s, CHECKOUT, "/checkout", 0);
        } else {
            fail(d, "add %ld", status);
            next_order(d, s);
        }
        return;
    case CHECKOUT:
        if (status == 200) {
            review(d, s);
        } else {
            fail(d, "checkout %ld", status);
            next_order(d, s);
        }
        return;
    case REVIEW:
        if (status == 200 && review_form(s)) {
            send_request(d, s, SUBMIT, "/checkout", 1);
        } else {
            Span alert = alert_text(s);
            fail(d, "review %ld %.*s", status, (int)alert.n, alert.p);
            next_order(d, s);
        }
        return;
    case SUBMIT:
        submitted(d, s, status);
        return;
    }
}

/* A request ended. A kept-alive connection closed under it (nginx ends
 * idle ones, and ends a connection after its keepalive_requests) gets it
 * sent again, up to ATTEMPTS times: even a submit is safe to repeat, its
 * one-time key makes it one order. */
static void finished(Driver *d, Session *s, CURLcode result)
{
    curl_multi_remove_handle(d->multi, s->h);
    if (result != CURLE_OK && s->attempt < ATTEMPTS) {
        s->attempt++;
        s->page.len = 0;
        d->retries++;
        if (curl_multi_add_handle(d->multi, s->h) != CURLM_OK) die("cannot start a request");
        return;
    }
    if (result != CURLE_OK) {
        if (s->step == LOGIN_PAGE || s->step == LOGIN) die("%s: %s", STEP_NAMES[s->step], curl_easy_strerror(result));
        fail(d, "%s: %s", STEP_NAMES[s->step], curl_easy_strerror(result));
        next_order(d, s);
        return;
    }
    long status = 0;
    curl_easy_getinfo(s->h, CURLINFO_RESPONSE_CODE, &status);
    answered(d, s, status);
}

/* --- the event loop ------------------------------------------------------------------ */

/* libcurl tells which sockets to wait for, and on what; epoll waits. With
 * curl_multi_perform() every wake-up would check every transfer's socket
 * (a poll() each: 14 system calls per request at 32 sessions); this way
 * only the socket that is ready is touched. */
static int on_socket(CURL *h, curl_socket_t fd, int what, void *driver, void *known)
{
    (void)h;
    Driver *d = driver;
    if (what == CURL_POLL_REMOVE) {
        epoll_ctl(d->epoll, EPOLL_CTL_DEL, fd, NULL); /* fails harmlessly when fd was closed first */
        return 0;
    }
    struct epoll_event ev = {.events = (what & CURL_POLL_IN ? EPOLLIN : 0u) | (what & CURL_POLL_OUT ? EPOLLOUT : 0u),
                             .data.fd = fd};
    if (!known) curl_multi_assign(d->multi, fd, d);
    if (epoll_ctl(d->epoll, known ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &ev) == 0) return 0;
    /* A socket number libcurl reused, or one it let go of unnoticed. */
    if (epoll_ctl(d->epoll, known ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, fd, &ev) != 0) die("epoll_ctl: %s", strerror(errno));
    return 0;
}

/* When libcurl next wants to run its timers (starting an added transfer,
 * a timeout): -1 for never. */
static int on_timer(CURLM *multi, long ms, void *driver)
{
    (void)multi;
    Driver *d = driver;
    d->timer_ms = ms;
    if (ms >= 0) clock_gettime(CLOCK_MONOTONIC, &d->timer_set);
    return 0;
}

static int wait_ms(const Driver *d)
{
    if (d->timer_ms < 0) return 1000;
    double left = (double)d->timer_ms - 1000 * since(&d->timer_set);
    return left <= 0 ? 0 : left >= 1000 ? 1000 : (int)left + 1;
}

/* The transfers that ended since the last look. */
static void collect(Driver *d)
{
    CURLMsg *msg;
    int queued;
    while ((msg = curl_multi_info_read(d->multi, &queued))) {
        if (msg->msg != CURLMSG_DONE) continue;
        /* msg does not outlive removing its handle: copy what is needed. */
        CURL *h = msg->easy_handle;
        CURLcode result = msg->data.result;
        char *session;
        curl_easy_getinfo(h, CURLINFO_PRIVATE, &session);
        finished(d, (Session *)session, result);
    }
}

/* Runs the transfers until no session has one in flight. */
static void run(Driver *d)
{
    while (d->active > 0) {
        struct epoll_event events[64];
        int n = epoll_wait(d->epoll, events, 64, wait_ms(d));
        if (n < 0 && errno != EINTR) die("epoll_wait: %s", strerror(errno));
        int running;
        /* A socket's action runs the timers that are due as well. */
        if (n <= 0) curl_multi_socket_action(d->multi, CURL_SOCKET_TIMEOUT, 0, &running);
        for (int i = 0; i < n; i++) {
            uint32_t e = events[i].events;
            int flags = (e & EPOLLIN ? CURL_CSELECT_IN : 0) | (e & EPOLLOUT ? CURL_CSELECT_OUT : 0) |
                        (e & (EPOLLERR | EPOLLHUP) ? CURL_CSELECT_ERR : 0);
            curl_multi_socket_action(d->multi, events[i].data.fd, flags, &running);
        }
        collect(d);
    }
}

/* --- set-up ------------------------------------------------------------------------ */

static void read_list(Driver *d)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, stdin)) > 0) {
        line[strcspn(line, "\r\n")] = '\0';
        char ***list = NULL;
        size_t *count = NULL;
        const char *value = NULL;
        if (strncmp(line, "member ", 7) == 0) list = &d->emails, count = &d->nemails, value = line + 7;
        else if (strncmp(line, "sku ", 4) == 0) list = &d->skus, count = &d->nskus, value = line + 4;
        if (!value || !*value) continue;
        char **grown = realloc(*list, (*count + 1) * sizeof **list);
        if (!grown || !(grown[*count] = strdup(value))) die("out of memory");
        *list = grown;
        (*count)++;
    }
    free(line);
    if (!d->nemails || !d->nskus) die("no members or products to order");
}

/* One easy handle per member, with its own cookie engine (its session),
 * never following redirects (the driver reads them). */
static void open_sessions(Driver *d)
{
    d->sessions = calloc(d->nemails, sizeof *d->sessions);
    if (!d->sessions) die("out of memory");
    for (size_t k = 0; k < d->nemails; k++) {
        Session *s = &d->sessions[k];
        s->k = k;
        s->email = d->emails[k];
        if (!(s->h = curl_easy_init())) die("curl_easy_init failed");
        curl_easy_setopt(s->h, CURLOPT_PRIVATE, (char *)s);
        curl_easy_setopt(s->h, CURLOPT_WRITEFUNCTION, on_body);
        curl_easy_setopt(s->h, CURLOPT_WRITEDATA, s);
        curl_easy_setopt(s->h, CURLOPT_COOKIEFILE, "");
        curl_easy_setopt(s->h, CURLOPT_HTTPHEADER, d->headers);
        curl_easy_setopt(s->h, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_1_1);
        curl_easy_setopt(s->h, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(s->h, CURLOPT_TIMEOUT, TIMEOUT_SECONDS);
    }
}

static void close_all(Driver *d)
{
    for (size_t k = 0; k < d->nemails; k++) {
        Session *s = &d->sessions[k];
        curl_easy_cleanup(s->h);
        free(s->url.data);
        free(s->form.data);
        free(s->page.data);
    }
    free(d->sessions);
    for (size_t i = 0; i < d->nemails; i++) free(d->emails[i]);
    for (size_t i = 0; i < d->nskus; i++) free(d->skus[i]);
    free(d->emails);
    free(d->skus);
    free(d->first.data);
    free(d->numbers.data);
    curl_multi_cleanup(d->multi);
    close(d->epoll);
    curl_slist_free_all(d->headers);
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: place_orders URL SECONDS RUN < LIST\n");
        return 2;
    }
    Driver d = {.base = argv[1], .run = argv[3]};
    double seconds = atof(argv[2]);
    read_list(&d);
    if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) die("curl_global_init failed");
    d.multi = curl_multi_init();
    d.epoll = epoll_create1(EPOLL_CLOEXEC);
    d.timer_ms = -1;
    if (d.epoll < 0) die("epoll_create1: %s", strerror(errno));
    curl_multi_setopt(d.multi, CURLMOPT_SOCKETFUNCTION, on_socket);
    curl_multi_setopt(d.multi, CURLMOPT_SOCKETDATA, &d);
    curl_multi_setopt(d.multi, CURLMOPT_TIMERFUNCTION, on_timer);
    curl_multi_setopt(d.multi, CURLMOPT_TIMERDATA, &d);
    /* libcurl would wait for a "100 Continue" before a larger body; a
     * browser does not. */
    d.headers = curl_slist_append(NULL, "Expect:");
    if (!d.multi || !d.headers) die("curl set-up failed");
    /* Every session's connection stays open between its requests. */
    curl_multi_setopt(d.multi, CURLMOPT_MAXCONNECTS, (long)(2 * d.nemails));
    open_sessions(&d);

    for (size_t k = 0; k < d.nemails; k++) send_request(&d, &d.sessions[k], LOGIN_PAGE, "/login", 0);
    d.active = d.nemails;
    run(&d);

    struct timespec started;
    clock_gettime(CLOCK_MONOTONIC, &started);
    d.until = started;
    d.until.tv_sec += (time_t)seconds;
    d.until.tv_nsec += (long)((seconds - (double)(time_t)seconds) * 1e9);
    if (d.until.tv_nsec >= 1000000000L) d.until.tv_sec++, d.until.tv_nsec -= 1000000000L;
    d.active = d.nemails;
    for (size_t k = 0; k < d.nemails; k++) next_order(&d, &d.sessions[k]);
    run(&d);
    double elapsed = since(&started);

    printf("{\"orders\":%ld,\"seconds\":%.3f,\"errors\":%ld,\"firstErrors\":[%.*s],\"retries\":%ld,\"numbers\":[%.*s]}\n",
           d.placed, elapsed, d.errors, (int)d.first.len, d.first.data ? d.first.data : "", d.retries,
           (int)d.numbers.len, d.numbers.data ? d.numbers.data : "");
    close_all(&d);
    curl_global_cleanup();
    return 0;
}
