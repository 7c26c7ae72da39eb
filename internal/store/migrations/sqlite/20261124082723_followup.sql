-- Add column "rationale" to table: "action_items"
ALTER TABLE `action_items` ADD COLUMN `rationale` text NULL;
-- Add column "expected_effect" to table: "action_items"
ALTER TABLE `action_items` ADD COLUMN `expected_effect` text NULL;
-- Add column "verification" to table: "action_items"
ALTER TABLE `action_items` ADD COLUMN `verification` text NULL;
-- Add column "interim_mitigation" to table: "action_items"
ALTER TABLE `action_items` ADD COLUMN `interim_mitigation` text NULL;
-- Add column "accepted_warnings" to table: "action_items"
ALTER TABLE `action_items` ADD COLUMN `accepted_warnings` json NULL;
-- Add column "warnings_accepted_reason" to table: "action_items"
ALTER TABLE `action_items` ADD COLUMN `warnings_accepted_reason` text NULL;
-- Add column "learnings_override_reason" to table: "incidents"
ALTER TABLE `incidents` ADD COLUMN `learnings_override_reason` text NULL;
-- Create "notifications" table
CREATE TABLE `notifications` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `kind` text NOT NULL, `message` text NOT NULL, `subject_id` integer NULL, `dedup_key` text NULL, `read_at` datetime NULL, `created_at` datetime NOT NULL, `user_id` integer NOT NULL, `incident_id` integer NULL, `action_item_id` integer NULL, CONSTRAINT `notifications_users_user` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION, CONSTRAINT `notifications_incidents_incident` FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`) ON DELETE SET NULL, CONSTRAINT `notifications_action_items_action_item` FOREIGN KEY (`action_item_id`) REFERENCES `action_items` (`id`) ON DELETE SET NULL);
-- Set sequence for "notifications" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("notifications", 81604378624);
-- Create index "notification_user_id_created_at" to table: "notifications"
CREATE INDEX `notification_user_id_created_at` ON `notifications` (`user_id`, `created_at`);
-- Create index "notification_user_id_read_at" to table: "notifications"
CREATE INDEX `notification_user_id_read_at` ON `notifications` (`user_id`, `read_at`);
-- Create index "notification_dedup_key" to table: "notifications"
CREATE UNIQUE INDEX `notification_dedup_key` ON `notifications` (`dedup_key`);
-- Create "webhooks" table
CREATE TABLE `webhooks` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `url` text NOT NULL, `secret` text NOT NULL, `events` json NOT NULL, `active` bool NOT NULL DEFAULT (true), `created_by_id` integer NULL, CONSTRAINT `webhooks_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "webhooks" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("webhooks", 85899345920);
-- Create "webhook_deliveries" table
CREATE TABLE `webhook_deliveries` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `event` text NOT NULL, `payload` text NOT NULL, `status` text NOT NULL DEFAULT ('PENDING'), `attempts` integer NOT NULL DEFAULT (0), `next_attempt_at` datetime NOT NULL, `last_attempt_at` datetime NULL, `response_status` integer NULL, `last_error` text NULL, `delivered_at` datetime NULL, `created_at` datetime NOT NULL, `webhook_id` integer NOT NULL, CONSTRAINT `webhook_deliveries_webhooks_deliveries` FOREIGN KEY (`webhook_id`) REFERENCES `webhooks` (`id`) ON DELETE NO ACTION);
-- Set sequence for "webhook_deliveries" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("webhook_deliveries", 90194313216);
-- Create index "webhookdelivery_status_next_attempt_at" to table: "webhook_deliveries"
CREATE INDEX `webhookdelivery_status_next_attempt_at` ON `webhook_deliveries` (`status`, `next_attempt_at`);
-- Create index "webhookdelivery_webhook_id_created_at" to table: "webhook_deliveries"
CREATE INDEX `webhookdelivery_webhook_id_created_at` ON `webhook_deliveries` (`webhook_id`, `created_at`);
-- Create "insight_evidence_events" table
CREATE TABLE `insight_evidence_events` (`insight_id` integer NOT NULL, `timeline_event_id` integer NOT NULL, PRIMARY KEY (`insight_id`, `timeline_event_id`), CONSTRAINT `insight_evidence_events_insight_id` FOREIGN KEY (`insight_id`) REFERENCES `insights` (`id`) ON DELETE CASCADE, CONSTRAINT `insight_evidence_events_timeline_event_id` FOREIGN KEY (`timeline_event_id`) REFERENCES `timeline_events` (`id`) ON DELETE CASCADE);
-- Create "insight_evidence_perspectives" table
CREATE TABLE `insight_evidence_perspectives` (`insight_id` integer NOT NULL, `perspective_id` integer NOT NULL, PRIMARY KEY (`insight_id`, `perspective_id`), CONSTRAINT `insight_evidence_perspectives_insight_id` FOREIGN KEY (`insight_id`) REFERENCES `insights` (`id`) ON DELETE CASCADE, CONSTRAINT `insight_evidence_perspectives_perspective_id` FOREIGN KEY (`perspective_id`) REFERENCES `perspectives` (`id`) ON DELETE CASCADE);
-- Create "insight_evidence_questions" table
CREATE TABLE `insight_evidence_questions` (`insight_id` integer NOT NULL, `question_id` integer NOT NULL, PRIMARY KEY (`insight_id`, `question_id`), CONSTRAINT `insight_evidence_questions_insight_id` FOREIGN KEY (`insight_id`) REFERENCES `insights` (`id`) ON DELETE CASCADE, CONSTRAINT `insight_evidence_questions_question_id` FOREIGN KEY (`question_id`) REFERENCES `questions` (`id`) ON DELETE CASCADE);
