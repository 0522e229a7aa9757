// The temporaries of an `if` condition are dropped before the branch runs (rustc's condition is a scope of its own): the String compared is freed, and its Drop-printing wrapper dropped, before the branch prints (they lived to the end of the `if`).
struct Loud(String);
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
impl Loud {
    fn is(&self, s: &str) -> bool {
        self.0 == s
    }
}
fn main() {
    if Loud(String::from("a")).is("a") {
        let v: Vec<u8> = vec![1];
        println!("then {:?}", v);
    }
    if String::from("b") == "c" {
        println!("eq");
    } else {
        let v: Vec<u8> = vec![2];
        println!("else {:?}", v);
    }
}
// expect: drop a
// expect: then [1]
// expect: else [2]
