// `#[derive(Debug)]` lets `{:?}` print a struct with its field names.
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}

fn main() {
    let rect1 = Rectangle { width: 30, height: 50 };
    println!("rect1 is {:?}", rect1);
}
// expect: rect1 is Rectangle { width: 30, height: 50 }
