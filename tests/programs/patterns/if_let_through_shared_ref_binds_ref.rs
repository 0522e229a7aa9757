// `if let Some(x) = &opt` binds `x: &String`: the Option keeps its String and is usable afterwards.
fn main() {
    let opt = Some(String::from("kept"));
    if let Some(x) = &opt {
        let r: &String = x;
        println!("{} {}", r, r.len());
    }
    println!("{:?}", opt);
}
// expect: kept 4
// expect: Some("kept")
