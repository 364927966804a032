/* PLACEHOLDER: being written. */
#include "pages.h"
#include "../response.h"
void page_team(struct request *req) { response_error(req, 404, "Not yet."); }
void page_team_invite(struct request *req) { response_error(req, 404, "Not yet."); }
void page_team_invitation_resend(struct request *req) { response_error(req, 404, "Not yet."); }
void page_team_invitation_revoke(struct request *req) { response_error(req, 404, "Not yet."); }
void page_team_member(struct request *req) { response_error(req, 404, "Not yet."); }
void page_team_member_update(struct request *req) { response_error(req, 404, "Not yet."); }
void page_team_member_deactivate(struct request *req) { response_error(req, 404, "Not yet."); }
void page_team_member_reactivate(struct request *req) { response_error(req, 404, "Not yet."); }
void page_team_member_remove(struct request *req) { response_error(req, 404, "Not yet."); }
void page_team_member_hand_over(struct request *req) { response_error(req, 404, "Not yet."); }
void page_join_form(struct request *req) { response_error(req, 404, "Not yet."); }
void page_join(struct request *req) { response_error(req, 404, "Not yet."); }
