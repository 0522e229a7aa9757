// ? on Option in a function returning Option: the book's last_char_of_first_line.
fn last_char_of_first_line(text: &str) -> Option<char> {
    text.lines().next()?.chars().last()
}

fn main() {
    println!("{:?}", last_char_of_first_line("Hello, world\nHow are you"));
    println!("{:?}", last_char_of_first_line(""));
    println!("{:?}", last_char_of_first_line("\nhi"));
}
// expect: Some('d')
// expect: None
// expect: None
