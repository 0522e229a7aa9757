// A byte string passed where a &[u8] is expected (an unsizing coercion), and returned from a function as &'static [u8; 3].
fn checksum(data: &[u8]) -> u32 {
    data.iter().map(|&b| b as u32).sum()
}

fn magic() -> &'static [u8; 3] {
    b"MZP"
}

fn main() {
    println!("{}", checksum(b"hello"));
    let m = magic();
    println!("{:?} {}", m, checksum(m));
    println!("{}", m.to_vec().len());
}
// expect: 532
// expect: [77, 90, 80] 247
// expect: 3
