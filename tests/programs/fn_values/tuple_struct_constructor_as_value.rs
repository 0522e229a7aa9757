// A tuple struct's name is its constructor, a function from its fields: `map(Wrapper)` wraps each item.
#[derive(Debug)]
struct Wrapper(i32);

fn main() {
    let v = vec![1, 2, 3];
    let o: Vec<Wrapper> = v.iter().copied().map(Wrapper).collect();
    println!("{:?}", o);
}
// expect: [Wrapper(1), Wrapper(2), Wrapper(3)]
