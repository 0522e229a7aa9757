// Constant expressions give array lengths: `N * 2` in a static's type and `N + 1` in a let's.
const N: usize = 3;

static TABLE: [u8; N * 2] = [1, 2, 3, 4, 5, 6];

fn main() {
    let bigger: [u8; N + 1] = [0; N + 1];
    println!("{} {:?}", TABLE.len(), bigger);
    println!("{}", TABLE[N * 2 - 1]);
}
// expect: 6 [0, 0, 0, 0]
// expect: 6
