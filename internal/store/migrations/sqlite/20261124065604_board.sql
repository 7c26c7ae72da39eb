-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Create "new_users" table
CREATE TABLE `new_users` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `email` text NULL, `department` text NOT NULL DEFAULT ('OTHER'), `role` text NOT NULL DEFAULT ('MEMBER'), `time_zone` text NOT NULL DEFAULT ('UTC'), `title` text NULL, `service_account` bool NOT NULL DEFAULT (false), `oidc_issuer` text NULL, `oidc_subject` text NULL, `comment_mentions` integer NULL, `created_by_id` integer NULL, CONSTRAINT `users_comments_mentions` FOREIGN KEY (`comment_mentions`) REFERENCES `comments` (`id`) ON DELETE SET NULL, CONSTRAINT `users_users_added_users` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Set sequence for "new_users" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_users", 55834574848);
-- Copy rows from old table "users" to new temporary table "new_users"
INSERT INTO `new_users` (`id`, `created_at`, `updated_at`, `name`, `email`, `department`, `role`, `time_zone`, `title`, `service_account`, `oidc_issuer`, `oidc_subject`, `created_by_id`) SELECT `id`, `created_at`, `updated_at`, `name`, `email`, `department`, `role`, `time_zone`, `title`, `service_account`, `oidc_issuer`, `oidc_subject`, `created_by_id` FROM `users`;
-- Drop "users" table after copying rows
DROP TABLE `users`;
-- Rename temporary table "new_users" to "users"
ALTER TABLE `new_users` RENAME TO `users`;
-- Create index "user_email" to table: "users"
CREATE INDEX `user_email` ON `users` (`email`);
-- Create index "user_oidc_issuer_oidc_subject" to table: "users"
CREATE UNIQUE INDEX `user_oidc_issuer_oidc_subject` ON `users` (`oidc_issuer`, `oidc_subject`);
-- Create "activities" table
CREATE TABLE `activities` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `action` text NOT NULL, `entity_type` text NOT NULL, `entity_id` integer NOT NULL, `summary` text NOT NULL, `changes` json NULL, `created_at` datetime NOT NULL, `actor_id` integer NULL, `incident_id` integer NOT NULL, CONSTRAINT `activities_users_actor` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `activities_incidents_activities` FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`) ON DELETE NO ACTION);
-- Set sequence for "activities" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("activities", 77309411328);
-- Create index "activity_incident_id_created_at" to table: "activities"
CREATE INDEX `activity_incident_id_created_at` ON `activities` (`incident_id`, `created_at`);
-- Create index "activity_entity_id_created_at" to table: "activities"
CREATE INDEX `activity_entity_id_created_at` ON `activities` (`entity_id`, `created_at`);
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
