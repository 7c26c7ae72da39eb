package enum

// FieldChange is one field's value before and after a change, as text, in
// an activity record. (It lives with the vocabularies because generated
// code needs it and ent/schema may not be imported from there.)
type FieldChange struct {
	Field string  `json:"field"`
	Old   *string `json:"old,omitempty"`
	New   *string `json:"new,omitempty"`
}
