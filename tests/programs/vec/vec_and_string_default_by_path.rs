// Vec::default() and String::default() by path are std's Default impls: empty, nothing allocated until the first push.
#[derive(Debug, Default)]
struct Inventory { items: Vec<String>, owner: String }
fn main() {
    let mut names: Vec<String> = Vec::default();
    names.push(String::from("x"));
    let mut s = String::default();
    s.push('a');
    let counts = Vec::<u8>::default();
    println!("{:?} {:?} {:?} {}", names, s, counts, counts.capacity());
    let inv = Inventory { items: Vec::default(), owner: String::default() };
    println!("{:?}", inv);
}
// expect: ["x"] "a" [] 0
// expect: Inventory { items: [], owner: "" }
