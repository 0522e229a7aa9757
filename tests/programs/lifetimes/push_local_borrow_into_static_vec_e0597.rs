// Pushing a borrow of a local String into a `Vec<&'static str>` (the let's type names 'static): the annotation requires the borrow to last the whole run, E0597 at the borrow; the engine ran it.
fn main() {
    let mut names: Vec<&'static str> = Vec::new();
    names.push("literal");
    let name = String::from("n");
    names.push(name.as_str());
    println!("{:?}", names);
}
// error: E0597 at 6:16
