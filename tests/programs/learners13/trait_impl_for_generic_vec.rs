// A learner's trait implemented for Vec<T> where T: Display, and for i32, called as methods.
use std::fmt::Display;

trait Describe {
    fn describe(&self) -> String;
}

impl<T: Display> Describe for Vec<T> {
    fn describe(&self) -> String {
        let parts: Vec<String> = self.iter().map(|x| x.to_string()).collect();
        format!("<{}>", parts.join("|"))
    }
}

impl Describe for i32 {
    fn describe(&self) -> String {
        format!("int {}", self)
    }
}

fn main() {
    println!("{}", vec![1, 2, 3].describe());
    println!("{}", vec!["a", "b"].describe());
    println!("{}", 7.describe());
    let empty: Vec<f64> = Vec::new();
    println!("{}", empty.describe());
}
// expect: <1|2|3>
// expect: <a|b>
// expect: int 7
// expect: <>
