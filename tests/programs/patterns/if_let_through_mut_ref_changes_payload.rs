// `if let Some(x) = &mut opt` binds `x: &mut String`, and a struct pattern through `&mut` binds its fields as `&mut`.
struct Counter { hits: u32, name: String }
fn main() {
    let mut opt = Some(String::from("a"));
    if let Some(x) = &mut opt {
        x.push_str("bc");
    }
    println!("{:?}", opt);
    let mut c = Counter { hits: 1, name: String::from("c") };
    let Counter { hits, name } = &mut c;
    *hits += 1;
    name.push('!');
    println!("{} {}", c.hits, c.name);
}
// expect: Some("abc")
// expect: 2 c!
