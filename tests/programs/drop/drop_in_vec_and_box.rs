// Values with destructors inside a Vec and a Box: the Vec drops its elements in order, then frees its buffer.
struct Item(&'static str);

impl Drop for Item {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let v = vec![Item("a"), Item("b"), Item("c")];
    let b = Box::new(Item("boxed"));
    println!("{} {}", v.len(), b.0);
}
// expect: 3 boxed
// expect: drop boxed
// expect: drop a
// expect: drop b
// expect: drop c
