// A kept Cloned of Strings passed as `impl Iterator<Item = String>`: the function collects the clones; the original Vec keeps its Strings.
fn join_all(it: impl Iterator<Item = String>) -> String {
    let parts: Vec<String> = it.collect();
    parts.join("-")
}

fn main() {
    let names = vec![String::from("x"), String::from("y"), String::from("z")];
    let mut it = names.iter().cloned();
    it.next();
    println!("{}", join_all(it));
    println!("{:?}", names);
}
// expect: y-z
// expect: ["x", "y", "z"]
