// Shifting letters through u8 arithmetic: (c as u8 - b'a' + k) % 26 + b'a', then as char; char::from_u32 too.
fn rotate(s: &str, k: u8) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_lowercase() {
                ((c as u8 - b'a' + k) % 26 + b'a') as char
            } else if c.is_ascii_uppercase() {
                ((c as u8 - b'A' + k) % 26 + b'A') as char
            } else {
                c
            }
        })
        .collect()
}

fn main() {
    println!("{}", rotate("Hello, World!", 13));
    println!("{}", rotate(&rotate("Zebra", 3), 23));
    println!("{:?}", char::from_u32('a' as u32 + 2));
    println!("{:?}", char::from_digit(7, 10));
}
// expect: Uryyb, Jbeyq!
// expect: Zebra
// expect: Some('c')
// expect: Some('7')
