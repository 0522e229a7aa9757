// String searching and editing: find, replace, trim, split_once, char_indices and to_lowercase.
fn main() {
    let s = String::from("  Hello, World! Hello!  ");
    let t = s.trim();
    println!("{:?}", t.find("World"));
    println!("{:?}", t.find('z'));
    println!("{}", t.replace("Hello", "Bye"));
    if let Some((a, b)) = t.split_once(", ") {
        println!("[{}] [{}]", a, b);
    }
    for (i, c) in "héllo".char_indices() {
        print!("{}:{} ", i, c);
    }
    println!();
    println!("{}", t.to_lowercase());
}
// expect: Some(7)
// expect: None
// expect: Bye, World! Bye!
// expect: [Hello] [World! Hello!]
// expect: 0:h 1:é 3:l 4:l 5:o 
// expect: hello, world! hello!
