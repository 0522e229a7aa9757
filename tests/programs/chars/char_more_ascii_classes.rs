// char's is_ascii_alphanumeric, is_ascii_whitespace, is_ascii_hexdigit, is_ascii_graphic, is_ascii_control and eq_ignore_ascii_case, over ASCII and non-ASCII chars.
fn main() {
    for c in ['a', 'Z', '7', ' ', '\n', '\x0b', '\u{7f}', 'é', 'f', 'G', '~', 'Ä'] {
        println!("{:?} {} {} {} {} {} {}", c, c.is_ascii_alphanumeric(), c.is_ascii_whitespace(), c.is_ascii_hexdigit(),
                 c.is_ascii_graphic(), c.is_ascii_control(), c.eq_ignore_ascii_case(&'a'));
    }
    let hex = "1f-A0-zz";
    let ok: Vec<bool> = hex.split('-').map(|p| p.chars().all(|c| c.is_ascii_hexdigit())).collect();
    println!("{:?}", ok);
}
// expect: 'a' true false true true false true
// expect: 'Z' true false false true false false
// expect: '7' true false true true false false
// expect: ' ' false true false false false false
// expect: '\n' false true false false true false
// expect: '\u{b}' false false false false true false
// expect: '\u{7f}' false false false false true false
// expect: 'é' false false false false false false
// expect: 'f' true false true true false false
// expect: 'G' true false false true false false
// expect: '~' false false false true false false
// expect: 'Ä' false false false false false false
// expect: [true, true, false]
