// LeetCode valid sudoku: a [[char; 9]; 9] board, each digit's row, column and box keys inserted into a HashSet<String>.
use std::collections::HashSet;

fn is_valid_sudoku(board: &[[char; 9]; 9]) -> bool {
    let mut seen: HashSet<String> = HashSet::new();
    for r in 0..9 {
        for c in 0..9 {
            let d = board[r][c];
            if d == '.' {
                continue;
            }
            let keys = [format!("{} in row {}", d, r), format!("{} in col {}", d, c), format!("{} in box {}-{}", d, r / 3, c / 3)];
            for k in keys {
                if !seen.insert(k) {
                    return false;
                }
            }
        }
    }
    true
}

fn main() {
    let rows = ["53..7....", "6..195...", ".98....6.", "8...6...3", "4..8.3..1", "7...2...6", ".6....28.", "...419..5", "....8..79"];
    let mut board = [['.'; 9]; 9];
    for (r, line) in rows.iter().enumerate() {
        for (c, ch) in line.chars().enumerate() {
            board[r][c] = ch;
        }
    }
    println!("{}", is_valid_sudoku(&board));
    board[0][0] = '8';
    println!("{}", is_valid_sudoku(&board));
}
// expect: true
// expect: false
