// swap_remove takes the element out and moves the last one into its place, so the order is not kept and the rest stay put.
fn main() {
    let mut names = vec![String::from("ann"), String::from("bo"), String::from("cy"), String::from("di")];
    let gone = names.swap_remove(1);
    println!("{} {:?} {}", gone, names, names.capacity());
    let last = names.swap_remove(names.len() - 1);
    println!("{} {:?}", last, names);
    names.push(gone);
    println!("{:?}", names);
}
// expect: bo ["ann", "di", "cy"] 4
// expect: cy ["ann", "di"]
// expect: ["ann", "di", "bo"]
