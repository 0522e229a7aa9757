// A function taking `&mut String` can append to the caller's String.
fn exclaim(s: &mut String) {
    s.push_str("!!");
}

fn main() {
    let mut s = String::from("wow");
    exclaim(&mut s);
    println!("{}", s);
}
// expect: wow!!
