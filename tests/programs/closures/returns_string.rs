// A closure can build and return an owned String; each call allocates anew.
fn main() {
    let greeting = String::from("hello");
    let shout = |name: &str| format!("{}, {}!", greeting, name);
    let a = shout("Ann");
    let b = shout("Bo");
    println!("{} {}", a, b);
}
// expect: hello, Ann! hello, Bo!
