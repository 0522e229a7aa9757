// `#[derive(Copy)]` on a struct with a String field is error E0204: a String cannot be copied bit for bit.
#[derive(Clone, Copy)]
struct Named {
    id: u32,
    name: String,
}

fn main() {
    let n = Named { id: 1, name: String::from("a") };
    println!("{}", n.id);
}
// error: E0204 at 3:8
