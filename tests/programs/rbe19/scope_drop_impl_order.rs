// A Drop impl prints as values leave scope: inner block first, then in reverse declaration order.
struct ToDrop {
    name: &'static str,
}

impl Drop for ToDrop {
    fn drop(&mut self) {
        println!("{} is being dropped", self.name);
    }
}

fn main() {
    let _a = ToDrop { name: "a" };
    let _b = ToDrop { name: "b" };
    {
        let _c = ToDrop { name: "c" };
        println!("inner block ends");
    }
    let d = ToDrop { name: "d" };
    drop(d);
    println!("Made ToDrops!");
}
// expect: inner block ends
// expect: c is being dropped
// expect: d is being dropped
// expect: Made ToDrops!
// expect: b is being dropped
// expect: a is being dropped
