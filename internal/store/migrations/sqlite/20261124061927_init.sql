-- Create "api_tokens" table
CREATE TABLE `api_tokens` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `scope` text NOT NULL, `token_hash` blob NOT NULL, `token_prefix` text NOT NULL, `expires_at` datetime NULL, `last_used_at` datetime NULL, `revoked_at` datetime NULL, `created_by_id` integer NULL, `user_id` integer NOT NULL, CONSTRAINT `api_tokens_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `api_tokens_users_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- Set sequence for "api_tokens" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("api_tokens", 64424509440);
-- Create index "api_tokens_token_hash_key" to table: "api_tokens"
CREATE UNIQUE INDEX `api_tokens_token_hash_key` ON `api_tokens` (`token_hash`);
-- Create "action_items" table
CREATE TABLE `action_items` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `title` text NOT NULL, `description` text NULL, `priority` text NOT NULL DEFAULT ('MEDIUM'), `size` text NOT NULL DEFAULT ('M'), `due_at` datetime NULL, `status` text NOT NULL DEFAULT ('PROPOSED'), `status_reason` text NULL, `completed_at` datetime NULL, `tracker_url` text NULL, `created_by_id` integer NULL, `owner_id` integer NULL, `team_id` integer NULL, `insight_id` integer NULL, CONSTRAINT `action_items_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `action_items_users_owner` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `action_items_teams_team` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE SET NULL, CONSTRAINT `action_items_insights_insight` FOREIGN KEY (`insight_id`) REFERENCES `insights` (`id`) ON DELETE SET NULL);
-- Create index "actionitem_status_due_at" to table: "action_items"
CREATE INDEX `actionitem_status_due_at` ON `action_items` (`status`, `due_at`);
-- Create index "actionitem_owner_id_status" to table: "action_items"
CREATE INDEX `actionitem_owner_id_status` ON `action_items` (`owner_id`, `status`);
-- Create index "actionitem_team_id_status" to table: "action_items"
CREATE INDEX `actionitem_team_id_status` ON `action_items` (`team_id`, `status`);
-- Create "comments" table
CREATE TABLE `comments` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `body` text NOT NULL, `created_by_id` integer NULL, `parent_id` integer NULL, `timeline_event_id` integer NULL, `perspective_id` integer NULL, `question_id` integer NULL, `insight_id` integer NULL, `action_item_id` integer NULL, `incident_id` integer NOT NULL, CONSTRAINT `comments_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `comments_comments_replies` FOREIGN KEY (`parent_id`) REFERENCES `comments` (`id`) ON DELETE SET NULL, CONSTRAINT `comments_timeline_events_timeline_event` FOREIGN KEY (`timeline_event_id`) REFERENCES `timeline_events` (`id`) ON DELETE SET NULL, CONSTRAINT `comments_perspectives_perspective` FOREIGN KEY (`perspective_id`) REFERENCES `perspectives` (`id`) ON DELETE SET NULL, CONSTRAINT `comments_questions_question` FOREIGN KEY (`question_id`) REFERENCES `questions` (`id`) ON DELETE SET NULL, CONSTRAINT `comments_insights_insight` FOREIGN KEY (`insight_id`) REFERENCES `insights` (`id`) ON DELETE SET NULL, CONSTRAINT `comments_action_items_action_item` FOREIGN KEY (`action_item_id`) REFERENCES `action_items` (`id`) ON DELETE SET NULL, CONSTRAINT `comments_incidents_comments` FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`) ON DELETE NO ACTION);
-- Set sequence for "comments" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("comments", 4294967296);
-- Create "contributing_factors" table
CREATE TABLE `contributing_factors` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `description` text NOT NULL, `created_by_id` integer NULL, `category_id` integer NOT NULL, `incident_id` integer NOT NULL, CONSTRAINT `contributing_factors_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `contributing_factors_factor_categories_category` FOREIGN KEY (`category_id`) REFERENCES `factor_categories` (`id`) ON DELETE NO ACTION, CONSTRAINT `contributing_factors_incidents_contributing_factors` FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`) ON DELETE NO ACTION);
-- Set sequence for "contributing_factors" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("contributing_factors", 8589934592);
-- Create index "contributingfactor_category_id_incident_id" to table: "contributing_factors"
CREATE INDEX `contributingfactor_category_id_incident_id` ON `contributing_factors` (`category_id`, `incident_id`);
-- Create "factor_categories" table
CREATE TABLE `factor_categories` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `description` text NULL, `created_by_id` integer NULL, CONSTRAINT `factor_categories_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "factor_categories" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("factor_categories", 12884901888);
-- Create index "factor_categories_name_key" to table: "factor_categories"
CREATE UNIQUE INDEX `factor_categories_name_key` ON `factor_categories` (`name`);
-- Create "incidents" table
CREATE TABLE `incidents` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `title` text NOT NULL, `summary` text NULL, `severity` text NOT NULL, `status` text NOT NULL DEFAULT ('RESPONDING'), `started_at` datetime NOT NULL, `detected_at` datetime NULL, `acknowledged_at` datetime NULL, `mitigated_at` datetime NULL, `resolved_at` datetime NULL, `customer_impact` text NULL, `customers_affected` integer NULL, `review_mode` text NULL, `review_due_at` datetime NULL, `restricted` bool NOT NULL DEFAULT (false), `created_by_id` integer NULL, `facilitator_id` integer NULL, CONSTRAINT `incidents_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `incidents_users_facilitator` FOREIGN KEY (`facilitator_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "incidents" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("incidents", 17179869184);
-- Create index "incident_started_at" to table: "incidents"
CREATE INDEX `incident_started_at` ON `incidents` (`started_at`);
-- Create index "incident_status_started_at" to table: "incidents"
CREATE INDEX `incident_status_started_at` ON `incidents` (`status`, `started_at`);
-- Create index "incident_severity_started_at" to table: "incidents"
CREATE INDEX `incident_severity_started_at` ON `incidents` (`severity`, `started_at`);
-- Create "insights" table
CREATE TABLE `insights` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `statement` text NOT NULL, `detail` text NULL, `status` text NOT NULL DEFAULT ('DRAFT'), `incident_id` integer NOT NULL, `created_by_id` integer NULL, CONSTRAINT `insights_incidents_insights` FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`) ON DELETE NO ACTION, CONSTRAINT `insights_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "insights" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("insights", 21474836480);
-- Create "login_states" table
CREATE TABLE `login_states` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `state_hash` blob NOT NULL, `nonce` text NOT NULL, `pkce_verifier` text NOT NULL, `return_to` text NOT NULL, `expires_at` datetime NOT NULL);
-- Set sequence for "login_states" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("login_states", 68719476736);
-- Create index "login_states_state_hash_key" to table: "login_states"
CREATE UNIQUE INDEX `login_states_state_hash_key` ON `login_states` (`state_hash`);
-- Create index "loginstate_expires_at" to table: "login_states"
CREATE INDEX `loginstate_expires_at` ON `login_states` (`expires_at`);
-- Create "participants" table
CREATE TABLE `participants` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `role` text NOT NULL, `location` text NULL, `time_zone` text NULL, `channels` json NULL, `incident_id` integer NOT NULL, `created_by_id` integer NULL, `user_id` integer NOT NULL, CONSTRAINT `participants_incidents_participants` FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`) ON DELETE NO ACTION, CONSTRAINT `participants_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `participants_users_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- Set sequence for "participants" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("participants", 25769803776);
-- Create index "participant_incident_id_user_id" to table: "participants"
CREATE UNIQUE INDEX `participant_incident_id_user_id` ON `participants` (`incident_id`, `user_id`);
-- Create "perspectives" table
CREATE TABLE `perspectives` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `department` text NOT NULL, `what_they_saw` text NOT NULL, `surprises` text NULL, `what_helped` text NULL, `what_hurt` text NULL, `impact_observed` text NULL, `incident_id` integer NOT NULL, `created_by_id` integer NULL, `author_id` integer NOT NULL, CONSTRAINT `perspectives_incidents_perspectives` FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`) ON DELETE NO ACTION, CONSTRAINT `perspectives_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `perspectives_users_author` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- Set sequence for "perspectives" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("perspectives", 30064771072);
-- Create "questions" table
CREATE TABLE `questions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `text` text NOT NULL, `status` text NOT NULL DEFAULT ('OPEN'), `answer` text NULL, `answered_at` datetime NULL, `incident_id` integer NOT NULL, `created_by_id` integer NULL, `asked_by_id` integer NULL, `assignee_id` integer NULL, `answered_by_id` integer NULL, CONSTRAINT `questions_incidents_questions` FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`) ON DELETE NO ACTION, CONSTRAINT `questions_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `questions_users_asked_by` FOREIGN KEY (`asked_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `questions_users_assignee` FOREIGN KEY (`assignee_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `questions_users_answered_by` FOREIGN KEY (`answered_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "questions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("questions", 34359738368);
-- Create "services" table
CREATE TABLE `services` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `kind` text NOT NULL DEFAULT ('SERVICE'), `description` text NULL, `created_by_id` integer NULL, `owner_team_id` integer NULL, `vendor_id` integer NULL, CONSTRAINT `services_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `services_teams_owner_team` FOREIGN KEY (`owner_team_id`) REFERENCES `teams` (`id`) ON DELETE SET NULL, CONSTRAINT `services_vendors_vendor` FOREIGN KEY (`vendor_id`) REFERENCES `vendors` (`id`) ON DELETE SET NULL);
-- Set sequence for "services" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("services", 38654705664);
-- Create index "services_name_key" to table: "services"
CREATE UNIQUE INDEX `services_name_key` ON `services` (`name`);
-- Create "sessions" table
CREATE TABLE `sessions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `token_hash` blob NOT NULL, `created_at` datetime NOT NULL, `last_seen_at` datetime NOT NULL, `expires_at` datetime NOT NULL, `revoked_at` datetime NULL, `user_agent` text NULL, `user_id` integer NOT NULL, CONSTRAINT `sessions_users_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- Set sequence for "sessions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("sessions", 73014444032);
-- Create index "sessions_token_hash_key" to table: "sessions"
CREATE UNIQUE INDEX `sessions_token_hash_key` ON `sessions` (`token_hash`);
-- Create index "session_user_id_revoked_at" to table: "sessions"
CREATE INDEX `session_user_id_revoked_at` ON `sessions` (`user_id`, `revoked_at`);
-- Create "tags" table
CREATE TABLE `tags` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `created_by_id` integer NULL, CONSTRAINT `tags_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "tags" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("tags", 42949672960);
-- Create index "tags_name_key" to table: "tags"
CREATE UNIQUE INDEX `tags_name_key` ON `tags` (`name`);
-- Create "teams" table
CREATE TABLE `teams` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `description` text NULL, `created_by_id` integer NULL, CONSTRAINT `teams_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "teams" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("teams", 47244640256);
-- Create index "teams_name_key" to table: "teams"
CREATE UNIQUE INDEX `teams_name_key` ON `teams` (`name`);
-- Create "timeline_events" table
CREATE TABLE `timeline_events` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `occurred_at` datetime NOT NULL, `kind` text NOT NULL, `source` text NOT NULL DEFAULT ('DEBRIEF'), `source_ref` text NULL, `actor_name` text NULL, `text` text NOT NULL, `evidence_url` text NULL, `key_moment` bool NOT NULL DEFAULT (false), `milestone` text NULL, `incident_id` integer NOT NULL, `created_by_id` integer NULL, `actor_id` integer NULL, CONSTRAINT `timeline_events_incidents_timeline_events` FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`) ON DELETE NO ACTION, CONSTRAINT `timeline_events_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `timeline_events_users_actor` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "timeline_events" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("timeline_events", 51539607552);
-- Create index "timelineevent_incident_id_occurred_at" to table: "timeline_events"
CREATE INDEX `timelineevent_incident_id_occurred_at` ON `timeline_events` (`incident_id`, `occurred_at`);
-- Create index "timelineevent_incident_id_milestone" to table: "timeline_events"
CREATE UNIQUE INDEX `timelineevent_incident_id_milestone` ON `timeline_events` (`incident_id`, `milestone`);
-- Create "users" table
CREATE TABLE `users` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `email` text NULL, `department` text NOT NULL DEFAULT ('OTHER'), `role` text NOT NULL DEFAULT ('MEMBER'), `time_zone` text NOT NULL DEFAULT ('UTC'), `title` text NULL, `service_account` bool NOT NULL DEFAULT (false), `oidc_issuer` text NULL, `oidc_subject` text NULL, `created_by_id` integer NULL, CONSTRAINT `users_users_added_users` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "users" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("users", 55834574848);
-- Create index "user_email" to table: "users"
CREATE INDEX `user_email` ON `users` (`email`);
-- Create index "user_oidc_issuer_oidc_subject" to table: "users"
CREATE UNIQUE INDEX `user_oidc_issuer_oidc_subject` ON `users` (`oidc_issuer`, `oidc_subject`);
-- Create "vendors" table
CREATE TABLE `vendors` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `website` text NULL, `description` text NULL, `created_by_id` integer NULL, CONSTRAINT `vendors_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "vendors" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("vendors", 60129542144);
-- Create index "vendors_name_key" to table: "vendors"
CREATE UNIQUE INDEX `vendors_name_key` ON `vendors` (`name`);
-- Create "action_item_incidents" table
CREATE TABLE `action_item_incidents` (`action_item_id` integer NOT NULL, `incident_id` integer NOT NULL, PRIMARY KEY (`action_item_id`, `incident_id`), CONSTRAINT `action_item_incidents_action_item_id` FOREIGN KEY (`action_item_id`) REFERENCES `action_items` (`id`) ON DELETE CASCADE, CONSTRAINT `action_item_incidents_incident_id` FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`) ON DELETE CASCADE);
-- Create "incident_services" table
CREATE TABLE `incident_services` (`incident_id` integer NOT NULL, `service_id` integer NOT NULL, PRIMARY KEY (`incident_id`, `service_id`), CONSTRAINT `incident_services_incident_id` FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`) ON DELETE CASCADE, CONSTRAINT `incident_services_service_id` FOREIGN KEY (`service_id`) REFERENCES `services` (`id`) ON DELETE CASCADE);
-- Create "incident_vendors" table
CREATE TABLE `incident_vendors` (`incident_id` integer NOT NULL, `vendor_id` integer NOT NULL, PRIMARY KEY (`incident_id`, `vendor_id`), CONSTRAINT `incident_vendors_incident_id` FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`) ON DELETE CASCADE, CONSTRAINT `incident_vendors_vendor_id` FOREIGN KEY (`vendor_id`) REFERENCES `vendors` (`id`) ON DELETE CASCADE);
-- Create "incident_tags" table
CREATE TABLE `incident_tags` (`incident_id` integer NOT NULL, `tag_id` integer NOT NULL, PRIMARY KEY (`incident_id`, `tag_id`), CONSTRAINT `incident_tags_incident_id` FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`) ON DELETE CASCADE, CONSTRAINT `incident_tags_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE);
-- Create "insight_factors" table
CREATE TABLE `insight_factors` (`insight_id` integer NOT NULL, `contributing_factor_id` integer NOT NULL, PRIMARY KEY (`insight_id`, `contributing_factor_id`), CONSTRAINT `insight_factors_insight_id` FOREIGN KEY (`insight_id`) REFERENCES `insights` (`id`) ON DELETE CASCADE, CONSTRAINT `insight_factors_contributing_factor_id` FOREIGN KEY (`contributing_factor_id`) REFERENCES `contributing_factors` (`id`) ON DELETE CASCADE);
-- Create "team_members" table
CREATE TABLE `team_members` (`team_id` integer NOT NULL, `user_id` integer NOT NULL, PRIMARY KEY (`team_id`, `user_id`), CONSTRAINT `team_members_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE, CONSTRAINT `team_members_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE);
