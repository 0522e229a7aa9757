// A learner's trait implemented for str, called on a String through std's Deref: "not supported yet" at the method.
trait Shout {
    fn shout(&self) -> String;
}

impl Shout for str {
    fn shout(&self) -> String {
        format!("{}!", self.to_uppercase())
    }
}

fn main() {
    println!("{}", "hi".shout());
    let owned = String::from("owned");
    println!("{}", owned.shout());
}
// expect: HI!
// expect: OWNED!
// unsupported: calling the method `shout` of an impl for `str` on a `String` through std's Deref at 15:26
