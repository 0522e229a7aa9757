// A `usize` constant declared after the struct gives the length of the struct's array field.
struct Buf {
    data: [i32; N],
    used: usize,
}

const N: usize = 4;

fn main() {
    let mut b = Buf { data: [0; N], used: 0 };
    b.data[b.used] = 9;
    b.used += 1;
    println!("{:?} {} {}", b.data, b.used, std::mem::size_of::<Buf>());
}
// expect: [9, 0, 0, 0] 1 24
