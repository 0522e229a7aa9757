// A `self: Box<Self>` method takes the Box itself by value: `mut self` changes the boxed value in place, and returning `self` hands the same allocation back.
#[derive(Debug)]
struct Counter {
    hits: u64,
    name: String,
}
impl Counter {
    fn bump(mut self: Box<Self>) -> Box<Self> {
        self.hits += 1;
        self
    }
    fn finish(self: Box<Self>) -> String {
        format!("{} {}", self.name, self.hits)
    }
}
fn main() {
    let c = Box::new(Counter { hits: 0, name: String::from("page") });
    let c = c.bump().bump();
    println!("{:?}", c);
    let done = c.finish();
    println!("{done}");
}
// expect: Counter { hits: 2, name: "page" }
// expect: page 2
