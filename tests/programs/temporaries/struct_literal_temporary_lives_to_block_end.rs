// A borrowed struct literal is extended like any temporary: its String field lives until the block ends.
#[derive(Debug)]
struct Named {
    name: String,
    id: u32,
}

fn main() {
    let n = &Named { name: String::from("bolt"), id: 7 };
    let p = &mut Named { name: String::from("nut"), id: 1 };
    p.id += 1;
    println!("{} {} {:?}", n.name, n.id, p);
}
// expect: bolt 7 Named { name: "nut", id: 2 }
