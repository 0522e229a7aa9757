// String literals: escapes, unicode escapes, a line continuation and raw strings.
fn main() {
    let byte_escape = "I'm writing \x52\x75\x73\x74!";
    println!("What are you doing\x3F (\\x3F means ?) {}", byte_escape);
    let unicode_codepoint = "\u{211D}";
    let character_name = "\"DOUBLE-STRUCK CAPITAL R\"";
    println!("Unicode character {} (U+211D) is called {}", unicode_codepoint, character_name);
    let long_string = "String literals
                        can span multiple lines.
                        The linebreak and indentation here ->\
                        <- can be escaped too!";
    println!("{}", long_string);
    let raw_str = r"Escapes don't work here: \x3F \u{211D}";
    println!("{}", raw_str);
    let quotes = r#"And then I said: "There is no escape!""#;
    println!("{}", quotes);
    let longer_delimiter = r###"A string with "# in it. And even "##!"###;
    println!("{}", longer_delimiter);
}
// expect: What are you doing? (\x3F means ?) I'm writing Rust!
// expect: Unicode character ℝ (U+211D) is called "DOUBLE-STRUCK CAPITAL R"
// expect: String literals
// expect:                         can span multiple lines.
// expect:                         The linebreak and indentation here -><- can be escaped too!
// expect: Escapes don't work here: \x3F \u{211D}
// expect: And then I said: "There is no escape!"
// expect: A string with "# in it. And even "##!
