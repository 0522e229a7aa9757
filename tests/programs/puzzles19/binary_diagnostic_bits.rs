// Column-wise bit counts over binary strings; gamma built by shifting, epsilon by masking; u32::from_str_radix.
fn main() {
    let lines: Vec<&str> = "00100 11110 10110 10111 10101 01111 00111 11100 10000 11001 00010 01010"
        .split_whitespace()
        .collect();
    let width = lines[0].len();
    let mut gamma = 0u32;
    for col in 0..width {
        let ones = lines.iter().filter(|l| l.as_bytes()[col] == b'1').count();
        gamma = (gamma << 1) | (ones * 2 > lines.len()) as u32;
    }
    let epsilon = !gamma & ((1 << width) - 1);
    println!("gamma={gamma} epsilon={epsilon} product={}", gamma * epsilon);
    println!("{}", u32::from_str_radix(lines[1], 2).unwrap());
    println!("{:05b}", gamma);
}
// expect: gamma=22 epsilon=9 product=198
// expect: 30
// expect: 10110
