// `Box<str>` and `Box<[u16]>` as struct fields (a name made by `"ab".into()`), in a Vec and an Option: derived Debug and Clone go through them, and `&r.name` / `&r.data` coerce to `&str` / `&[u16]`.
#[derive(Debug, Clone)]
struct Rec {
    name: Box<str>,
    data: Box<[u16]>,
}

fn main() {
    let r = Rec { name: "ab".into(), data: vec![1, 2].into_boxed_slice() };
    let names: Vec<Box<str>> = vec![Box::from("x"), String::from("yz").into_boxed_str()];
    let o: Option<Box<[i32]>> = Some(Box::new([7]));
    println!("{:?} {:?} {:?}", r, names, o);
    let r2 = r.clone();
    println!("{:#?}", r2);
    let s: &str = &r.name;
    let t: &[u16] = &r2.data;
    println!("{} {:?} {}", s, t, std::mem::size_of_val(&*r.data));
}
// expect: Rec { name: "ab", data: [1, 2] } ["x", "yz"] Some([7])
// expect: Rec {
// expect:     name: "ab",
// expect:     data: [
// expect:         1,
// expect:         2,
// expect:     ],
// expect: }
// expect: ab [1, 2] 4
