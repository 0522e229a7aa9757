// u8's ASCII methods classify a byte as char's do: whitespace is space, tab, line feed, form feed and carriage return (not the vertical tab), punctuation is graphic but not alphanumeric.
fn main() {
    let s = "Hi 42!\tx\x0b\x0c~";
    for b in s.bytes() {
        println!("{:3} {} {} {} {} {} {} {} {} {} {} {}", b, b.is_ascii(), b.is_ascii_digit(), b.is_ascii_alphabetic(),
                 b.is_ascii_alphanumeric(), b.is_ascii_uppercase(), b.is_ascii_lowercase(), b.is_ascii_whitespace(),
                 b.is_ascii_punctuation(), b.is_ascii_hexdigit(), b.is_ascii_graphic(), b.is_ascii_control());
    }
    let digits = s.as_bytes().iter().filter(|b| b.is_ascii_digit()).count();
    println!("{} digits", digits);
}
// expect:  72 true false true true true false false false false true false
// expect: 105 true false true true false true false false false true false
// expect:  32 true false false false false false true false false false false
// expect:  52 true true false true false false false false true true false
// expect:  50 true true false true false false false false true true false
// expect:  33 true false false false false false false true false true false
// expect:   9 true false false false false false true false false false true
// expect: 120 true false true true false true false false false true false
// expect:  11 true false false false false false false false false false true
// expect:  12 true false false false false false true false false false true
// expect: 126 true false false false false false false true false true false
// expect: 2 digits
