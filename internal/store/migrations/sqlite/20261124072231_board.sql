-- Create "activities" table
CREATE TABLE `activities` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `action` text NOT NULL, `entity_type` text NOT NULL, `entity_id` integer NOT NULL, `summary` text NOT NULL, `changes` json NULL, `created_at` datetime NOT NULL, `actor_id` integer NULL, `incident_id` integer NOT NULL, CONSTRAINT `activities_users_actor` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `activities_incidents_activities` FOREIGN KEY (`incident_id`) REFERENCES `incidents` (`id`) ON DELETE NO ACTION);
-- Set sequence for "activities" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("activities", 77309411328);
-- Create index "activity_incident_id_created_at" to table: "activities"
CREATE INDEX `activity_incident_id_created_at` ON `activities` (`incident_id`, `created_at`);
-- Create index "activity_entity_id_created_at" to table: "activities"
CREATE INDEX `activity_entity_id_created_at` ON `activities` (`entity_id`, `created_at`);
-- Create "comment_mentions" table
CREATE TABLE `comment_mentions` (`comment_id` integer NOT NULL, `user_id` integer NOT NULL, PRIMARY KEY (`comment_id`, `user_id`), CONSTRAINT `comment_mentions_comment_id` FOREIGN KEY (`comment_id`) REFERENCES `comments` (`id`) ON DELETE CASCADE, CONSTRAINT `comment_mentions_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE);
