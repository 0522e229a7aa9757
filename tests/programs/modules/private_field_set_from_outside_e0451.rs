// Building a public struct with a private field from outside its module is E0451.
mod kitchen {
    pub struct Order {
        pub dish: String,
        secret: u32,
    }
}

fn main() {
    let o = kitchen::Order { dish: String::from("soup"), secret: 1 };
    println!("{}", o.dish);
}
// error: E0451 at 10:58
