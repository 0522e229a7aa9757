// A disk map expanded to Vec<Option<u32>>; two pointers move file blocks left into free slots; checksum in u64.
fn main() {
    let map = "12345";
    let mut disk: Vec<Option<u32>> = Vec::new();
    for (i, c) in map.chars().enumerate() {
        let n = c.to_digit(10).unwrap() as usize;
        let cell = if i % 2 == 0 { Some(i as u32 / 2) } else { None };
        disk.extend(std::iter::repeat(cell).take(n));
    }
    let (mut lo, mut hi) = (0, disk.len() - 1);
    while lo < hi {
        if disk[lo].is_some() {
            lo += 1;
        } else if disk[hi].is_none() {
            hi -= 1;
        } else {
            disk.swap(lo, hi);
        }
    }
    let shown: String = disk.iter().map(|b| b.map_or('.', |id| char::from_digit(id, 10).unwrap())).collect();
    println!("{shown}");
    let checksum: u64 = disk.iter().enumerate().filter_map(|(i, b)| b.map(|id| i as u64 * id as u64)).sum();
    println!("{checksum}");
}
// expect: 022111222......
// expect: 60
