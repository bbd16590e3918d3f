/**
 * What text a command may carry. Every text component of every command is {@link
 * scot.together.api.text.PlainText} (one line) or {@link scot.together.api.text.MultiLineText}
 * (free text); the rule itself is {@link scot.together.api.text.Characters}. The command side
 * checks every command against them, whoever sends it, so no character a read model cannot
 * store (U+0000 above all) is ever recorded.
 */
package scot.together.api.text;
