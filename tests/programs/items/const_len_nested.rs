// Nested arrays sized by two constants, `[[u8; W]; H]`, in a struct field and a repeat expression.
const W: usize = 3;
const H: usize = 2;

struct Screen {
    pixels: [[u8; W]; H],
}

fn main() {
    let mut s = Screen { pixels: [[0; W]; H] };
    s.pixels[1][2] = 255;
    for row in s.pixels.iter() {
        println!("{:?}", row);
    }
    println!("{}", std::mem::size_of::<Screen>());
}
// expect: [0, 0, 0]
// expect: [0, 0, 255]
// expect: 6
