// A learner's trait implemented for std types (Vec<i32>, &str, String) and called as methods.
trait Stats {
    fn mean(&self) -> f64;
}

trait Shout {
    fn shout(&self) -> String;
}

impl Stats for Vec<i32> {
    fn mean(&self) -> f64 {
        if self.is_empty() {
            return 0.0;
        }
        self.iter().sum::<i32>() as f64 / self.len() as f64
    }
}

impl Shout for str {
    fn shout(&self) -> String {
        format!("{}!", self.to_uppercase())
    }
}

impl Shout for i32 {
    fn shout(&self) -> String {
        format!("{}!!!", self)
    }
}

fn main() {
    let v = vec![1, 2, 3, 4];
    println!("mean {}", v.mean());
    println!("mean of empty {}", Vec::<i32>::new().mean());
    println!("{}", "hello".shout());
    let owned = String::from("owned");
    println!("{}", owned.as_str().shout());
    println!("{}", 7.shout());
}
// expect: mean 2.5
// expect: mean of empty 0
// expect: HELLO!
// expect: OWNED!
// expect: 7!!!
