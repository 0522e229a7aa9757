// `vec![s; 3]` with a String clones it twice and moves the original in as the last element.
fn main() {
    let names = vec![String::from("a"); 3];
    println!("{:?}", names);
    println!("{}", names.len());
}
// expect: ["a", "a", "a"]
// expect: 3
