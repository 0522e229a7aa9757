// Numbers in a schematic found with char_indices and a manual span; a number counts if any symbol touches its span.
fn main() {
    let rows: Vec<&str> = "467..114..\n...*......\n..35..633.\n......#...".lines().collect();
    let is_symbol = |r: i32, c: i32| -> bool {
        if r < 0 || c < 0 {
            return false;
        }
        match rows.get(r as usize).and_then(|row| row.as_bytes().get(c as usize)) {
            Some(&b) => b != b'.' && !b.is_ascii_digit(),
            None => false,
        }
    };
    let mut sum = 0;
    for (r, row) in rows.iter().enumerate() {
        let mut chars = row.char_indices().peekable();
        while let Some((start, ch)) = chars.next() {
            if !ch.is_ascii_digit() {
                continue;
            }
            let mut end = start + 1;
            while let Some(&(i, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = i + 1;
                chars.next();
            }
            let n: u32 = row[start..end].parse().unwrap();
            let r = r as i32;
            let touching = (start as i32 - 1..=end as i32).any(|c| is_symbol(r - 1, c) || is_symbol(r, c) || is_symbol(r + 1, c));
            if touching {
                sum += n;
            }
        }
    }
    println!("{sum}");
}
// expect: 1135
