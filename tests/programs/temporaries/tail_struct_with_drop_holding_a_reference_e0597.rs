// A block's tail temporary of the learner's type with a `Drop` impl reads its reference when dropped, after the block's variable is gone (E0597).
struct Guard<'a> {
    name: &'a String,
}

impl<'a> Drop for Guard<'a> {
    fn drop(&mut self) {
        println!("bye {}", self.name);
    }
}

impl<'a> Guard<'a> {
    fn size(&self) -> usize {
        self.name.len()
    }
}

fn main() {
    let n = {
        let s = String::from("ann");
        Guard { name: &s }.size()
    };
    println!("{}", n);
}
// error: E0597 at 21:23
