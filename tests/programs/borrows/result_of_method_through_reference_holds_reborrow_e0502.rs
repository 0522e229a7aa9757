// `r.peek()` through `r: &mut Stack` returns a reference borrowing `*r`, so pushing through `r` while it is used is E0502.
struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn push(&mut self, x: i32) {
        self.items.push(x);
    }
    fn peek(&self) -> Option<&i32> {
        self.items.last()
    }
}

fn main() {
    let mut s = Stack { items: vec![] };
    let r = &mut s;
    r.push(1);
    let top = r.peek();
    r.push(2);
    println!("{:?}", top);
}
// error: E0502 at 20:5
