// std::mem::swap of two Vecs, replace of a String field, take of a Vec field and of a whole Default struct.
use std::mem;

#[derive(Debug, Default)]
struct Buffer {
    data: Vec<u8>,
    name: String,
}

fn main() {
    let mut a = vec![1, 2];
    let mut b = vec![3];
    mem::swap(&mut a, &mut b);
    println!("{:?} {:?}", a, b);
    let mut buf = Buffer { data: vec![9, 9], name: String::from("first") };
    let old_name = mem::replace(&mut buf.name, String::from("second"));
    let old_data = mem::take(&mut buf.data);
    println!("{} {:?} {:?}", old_name, old_data, buf);
    let taken = mem::take(&mut buf);
    println!("{:?} {:?}", taken, buf);
}
// expect: [3] [1, 2]
// expect: first [9, 9] Buffer { data: [], name: "second" }
// expect: Buffer { data: [], name: "second" } Buffer { data: [], name: "" }
