// `contains` compares elements with `==`: on a Vec of a struct without PartialEq it is E0277 at the method name.
struct Tag { id: u8 }
fn main() {
    let v = vec![Tag { id: 1 }];
    let found = v.contains(&Tag { id: 1 });
    println!("{}", found);
}
// error: E0277 at 5:19
