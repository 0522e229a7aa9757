// expect on an Err(String) panics with the message, then the Debug of the String in quotes.
fn find(id: u32) -> Result<&'static str, String> {
    if id == 1 { Ok("root") } else { Err(format!("no user {}", id)) }
}

fn main() {
    println!("{}", find(1).expect("user 1 exists"));
    println!("{}", find(2).expect("user 2 exists"));
}
// expect: root
// panic: user 2 exists: "no user 2"
// panic-at: 8:28
