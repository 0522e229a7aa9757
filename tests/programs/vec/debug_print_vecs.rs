// `{:?}` prints a Vec as a bracketed, comma-separated list of its elements' debug forms.
fn main() {
    let ints = vec![1, -2, 3];
    let floats = vec![1.0, 2.5];
    let chars = vec!['a', '\n'];
    let words = vec!["hi", "there"];
    let flags = vec![true, false];
    println!("{:?}", ints);
    println!("{:?}", floats);
    println!("{:?}", chars);
    println!("{:?}", words);
    println!("{:?}", flags);
}
// expect: [1, -2, 3]
// expect: [1.0, 2.5]
// expect: ['a', '\n']
// expect: ["hi", "there"]
// expect: [true, false]
