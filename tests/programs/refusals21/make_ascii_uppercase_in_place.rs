// make_ascii_uppercase and make_ascii_lowercase change a String's bytes where they lie (no new String, no allocation): ASCII letters only, through `&mut str` too.
fn shout(word: &mut str) {
    word.make_ascii_uppercase();
}

fn main() {
    let mut greeting = String::from("hello, wörld!");
    greeting.make_ascii_uppercase();
    println!("{} (cap {})", greeting, greeting.capacity());
    greeting.make_ascii_lowercase();
    println!("{}", greeting);
    let mut title = String::from("the rust book");
    shout(&mut title[4..8]);
    println!("{}", title);
    let mut names = vec![String::from("ada"), String::from("grace")];
    for name in names.iter_mut() {
        name[..1].make_ascii_uppercase();
    }
    println!("{:?}", names);
}
// expect: HELLO, WöRLD! (cap 14)
// expect: hello, wörld!
// expect: the RUST book
// expect: ["Ada", "Grace"]
