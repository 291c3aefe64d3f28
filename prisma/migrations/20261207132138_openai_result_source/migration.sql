-- AlterEnum
ALTER TYPE "ResultSource" ADD VALUE 'openai';

