// `into_string` gives back a String whose capacity is the Box's length; pushing onto it reallocates.
fn main() {
    let b: Box<str> = Box::from("ab");
    let mut s = b.into_string();
    println!("{} {}", s, s.capacity());
    s.push('c');
    println!("{} {}", s, s.capacity());
}
// expect: ab 2
// expect: abc 8
