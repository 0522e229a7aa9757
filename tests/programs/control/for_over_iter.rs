// `.iter()` yields references to the elements, like `&v`.
fn main() {
    let names = vec!["Ann", "Bo", "Cy"];
    let mut longest = "";
    for name in names.iter() {
        if name.len() > longest.len() {
            longest = name;
        }
    }
    println!("{} of {:?}", longest, names);
}
// expect: Ann of ["Ann", "Bo", "Cy"]
